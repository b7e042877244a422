import { regionConfigSchema, type RegionConfig } from '../../domain/regions/region-config-schema'
import { regionSchema, type District, type Region } from '../../domain/regions/region-schema'
import { BAZHOU_DUTIES, departments, HEBI_DUTIES, YUZHONG_DUTIES, ZHUJI_DUTIES } from './sample-departments'
import { sampleRoutingFor } from './sample-routing'

/**
 * The four regions of the source documents (../shared/seeds), as sample tenants. District and street names
 * and centres are the real ones (approximate centres of each built-up area, converted from WGS-84 to GCJ-02 like
 * every stored location); institutions placed around them are fictional. Department names are each region's own; every phone is the 12345 government
 * service hotline, which routes to the right office, because the sample must not invent direct numbers.
 */

const district = (code: string, name: string, lat: number, lng: number, streets: string[]): District => ({
  code,
  name,
  centre: { lat, lng },
  streets
})

const NATIONAL_SUBSIDY_FEN = 360_000
// localSubsidies are payments to families. The plans' only sums (诸暨's 建设补助 per new class or 托位,
// 鹤壁's ¥10,000 per 托位) go to institutions, so no region lists a local family subsidy.
const CAP_SOURCE = '示例数值：以当地发展改革（价格）部门核定的普惠托育收费标准为准。'

const REGIONS: Region[] = [
  {
    code: 'bazhou',
    idPrefix: 'bz',
    name: '巴音郭楞蒙古自治州',
    province: '新疆维吾尔自治区',
    centre: { lat: 41.72735, lng: 86.177172 },
    districts: [
      district('korla', '库尔勒市', 41.72735, 86.177172, ['人民东路', '石化大道', '建国北路', '萨依巴格路', '天山东路', '梨香路']),
      district('luntai', '轮台县', 41.778917, 84.2545, ['青年路', '新星路', '迪那路', '团结路']),
      district('yuli', '尉犁县', 41.34464, 86.263722, ['孔雀路', '罗布路', '人民路', '尉犁镇']),
      district('ruoqiang', '若羌县', 39.024202, 88.169995, ['胜利路', '团结路', '建设路', '文化路', '环城西路']),
      district('qiemo', '且末县', 38.145357, 85.531302, ['昆仑路', '玉都路', '团结路', '文化路']),
      district('yanqi', '焉耆回族自治县', 42.060077, 86.576442, ['开来路', '团结路', '人民路', '文化路']),
      district('hejing', '和静县', 42.324692, 86.386989, ['东归路', '天鹅湖路', '巴音路', '团结路']),
      district('heshuo', '和硕县', 42.269474, 86.86633, ['特吾里克路', '清水河路', '团结路', '文化路']),
      district('bohu', '博湖县', 41.9813, 86.634075, ['博斯腾湖路', '本布图路', '团结路', '银湖路'])
    ],
    departments: departments({
      health: '巴音郭楞蒙古自治州卫生健康委员会',
      market: '巴音郭楞蒙古自治州市场监督管理局',
      public_security: '巴音郭楞蒙古自治州公安局',
      emergency: '巴音郭楞蒙古自治州应急管理局',
      education: '巴音郭楞蒙古自治州教育局',
      civil_affairs: '巴音郭楞蒙古自治州民政局',
      human_resources: '巴音郭楞蒙古自治州人力资源和社会保障局',
      housing: '巴音郭楞蒙古自治州住房和城乡建设局',
      street_office: '所在街道办事处（乡镇人民政府）'
    }, BAZHOU_DUTIES),
    policy: {
      nationalChildcareSubsidyFenPerYear: NATIONAL_SUBSIDY_FEN,
      localSubsidies: [],
      affordableMonthlyCapFen: 150_000,
      affordableCapSource: CAP_SOURCE
    },
    languages: ['zh-CN', 'ug'],
    sourceDocument: {
      title: '自治州关于促进3岁以下婴幼儿照护服务发展的实施方案',
      number: '巴政办发〔2020〕46号',
      issuer: '巴音郭楞蒙古自治州人民政府办公室',
      year: 2020
    },
    isSample: true
  },
  {
    code: 'yuzhong',
    idPrefix: 'yz',
    name: '重庆市渝中区',
    province: '重庆市',
    centre: { lat: 29.554812, lng: 106.580688 },
    districts: [
      district('jiefangbei', '解放碑街道', 29.554812, 106.580688, ['民族路', '邹容路', '八一路', '五一路', '民权路']),
      district('chaotianmen', '朝天门街道', 29.560608, 106.588186, ['陕西路', '新华路', '朝东路', '信义街']),
      district('nanjimen', '南纪门街道', 29.548922, 106.570196, ['凯旋路', '解放西路', '中兴路', '储奇门']),
      district('qixinggang', '七星岗街道', 29.556931, 106.566201, ['中山一路', '和平路', '金汤街', '通远门']),
      district('shangqingsi', '上清寺街道', 29.56297, 106.546934, ['中山四路', '人民路', '美专校街', '桂花园路']),
      district('lianglukou', '两路口街道', 29.553362, 106.549229, ['中山三路', '长江一路', '文化街', '大田湾']),
      district('caiyuanba', '菜园坝街道', 29.546659, 106.549228, ['菜袁路', '南区路', '燕喜洞', '民主村']),
      district('daxigou', '大溪沟街道', 29.566651, 106.556516, ['人民路', '双钢路', '大溪沟街', '嘉陵江滨江路']),
      district('hualongqiao', '化龙桥街道', 29.560438, 106.5206, ['虎踞路', '李子坝正街', '化龙桥正街', '红岩村']),
      district('daping', '大坪街道', 29.540028, 106.521596, ['大坪正街', '长江二路', '袁家岗', '大坪支路']),
      district('shiyoulu', '石油路街道', 29.534002, 106.529973, ['石油路', '渝州路', '万科路', '虎头岩']),
      district('wanglongmen', '望龙门街道', 29.550905, 106.587485, ['解放东路', '白象街', '道门口', '望龙门'])
    ],
    departments: departments({
      health: '重庆市渝中区卫生健康委员会',
      market: '重庆市渝中区市场监督管理局',
      public_security: '重庆市公安局渝中区分局',
      emergency: '重庆市渝中区应急管理局',
      education: '重庆市渝中区教育委员会',
      civil_affairs: '重庆市渝中区民政局',
      human_resources: '重庆市渝中区人力资源和社会保障局',
      housing: '重庆市渝中区住房和城市建设委员会',
      street_office: '所在街道办事处'
    }, YUZHONG_DUTIES),
    policy: {
      nationalChildcareSubsidyFenPerYear: NATIONAL_SUBSIDY_FEN,
      localSubsidies: [],
      affordableMonthlyCapFen: 220_000,
      affordableCapSource: CAP_SOURCE
    },
    languages: ['zh-CN'],
    sourceDocument: {
      title: '重庆市渝中区3岁以下婴幼儿照护服务工作实施方案',
      number: '渝中府办〔2020〕28号',
      issuer: '重庆市渝中区人民政府办公室',
      year: 2020
    },
    isSample: true
  },
  {
    code: 'zhuji',
    idPrefix: 'zj',
    name: '诸暨市',
    province: '浙江省',
    centre: { lat: 29.711018, lng: 120.241044 },
    districts: [
      district('jiyang', '暨阳街道', 29.710017, 120.24394, ['艮塔路', '浣纱南路', '望云路', '西施大街', '人民路']),
      district('huandong', '浣东街道', 29.72102, 120.266925, ['浣东南路', '东二路', '暨东路', '二环东路']),
      district('taozhu', '陶朱街道', 29.729031, 120.227966, ['陶朱南路', '陶朱北路', '永利路', '大桥路']),
      district('datang', '大唐街道', 29.759162, 120.151176, ['大唐北路', '建设路', '轻纺路', '开元路']),
      district('diankou', '店口镇', 29.889058, 120.289946, ['解放路', '中央路', '湄池路', '盾安路']),
      district('fengqiao', '枫桥镇', 29.645175, 120.382039, ['枫源路', '和平路', '学勉路', '枫江路']),
      district('paitou', '牌头镇', 29.599085, 120.174096, ['牌头大道', '同文路', '新乐路', '茶里路']),
      district('ciwu', '次坞镇', 29.903173, 120.152185, ['次坞大道', '溪埭路', '大院路', '兴业路'])
    ],
    departments: departments({
      health: '诸暨市卫生健康局',
      market: '诸暨市市场监督管理局',
      public_security: '诸暨市公安局',
      emergency: '诸暨市应急管理局',
      education: '诸暨市教育体育局',
      civil_affairs: '诸暨市民政局',
      human_resources: '诸暨市人力资源和社会保障局',
      housing: '诸暨市住房和城乡建设局',
      street_office: '所在镇人民政府（街道办事处）'
    }, ZHUJI_DUTIES),
    policy: {
      nationalChildcareSubsidyFenPerYear: NATIONAL_SUBSIDY_FEN,
      localSubsidies: [],
      affordableMonthlyCapFen: 250_000,
      affordableCapSource: CAP_SOURCE
    },
    languages: ['zh-CN'],
    sourceDocument: {
      title: '诸暨市3岁以下婴幼儿照护服务发展工作实施方案（征求意见稿）',
      number: '征求意见稿',
      issuer: '诸暨市人民政府',
      year: 2021
    },
    isSample: true
  },
  {
    code: 'hebi',
    idPrefix: 'hb',
    name: '鹤壁市',
    province: '河南省',
    centre: { lat: 35.747431, lng: 114.303429 },
    districts: [
      district('qibin', '淇滨区', 35.741431, 114.30443, ['淇滨大道', '兴鹤大街', '九州路', '华山路', '黎阳路']),
      district('shancheng', '山城区', 35.896509, 114.190561, ['红旗街', '长风路', '山城路', '朝霞街']),
      district('heshan', '鹤山区', 35.954564, 114.169632, ['鹤山街', '新华街', '中山北路', '鹤煤大道']),
      district('xunxian', '浚县', 35.67623, 114.556093, ['黎阳路', '浮丘路', '卫河路', '文治路']),
      district('qixian', '淇县', 35.60937, 114.20449, ['朝歌路', '摘星台路', '淇河路', '黄河路'])
    ],
    departments: departments({
      health: '鹤壁市卫生健康委员会',
      market: '鹤壁市市场监督管理局',
      public_security: '鹤壁市公安局',
      emergency: '鹤壁市应急管理局',
      education: '鹤壁市教育体育局',
      civil_affairs: '鹤壁市民政局',
      human_resources: '鹤壁市人力资源和社会保障局',
      housing: '鹤壁市住房和城乡建设局',
      street_office: '所在街道办事处（乡镇人民政府）'
    }, HEBI_DUTIES),
    policy: {
      nationalChildcareSubsidyFenPerYear: NATIONAL_SUBSIDY_FEN,
      localSubsidies: [],
      affordableMonthlyCapFen: 160_000,
      affordableCapSource: CAP_SOURCE
    },
    languages: ['zh-CN'],
    sourceDocument: {
      title: '鹤壁市促进3岁以下婴幼儿照护服务发展实施方案',
      number: '鹤政办〔2020〕29号',
      issuer: '鹤壁市人民政府办公室',
      year: 2020
    },
    isSample: true
  }
]

export function sampleRegions(): Region[] {
  return REGIONS.map((region) => regionSchema.parse(region))
}

/** The sample regions with their routing, as seeded into the region tables of an empty database. */
export function sampleRegionConfigs(): RegionConfig[] {
  return REGIONS.map((region) => {
    const routing = sampleRoutingFor(region.code)
    if (!routing) throw new Error(`no sample routing for ${region.code}`)
    return regionConfigSchema.parse({ ...region, routing })
  })
}
