import { ScrollView, View } from '@tarojs/components'
import { Chip } from '../shared/chip'
import type { GuidanceRegion } from './use-guidance-region'

export function RegionChips({ region }: { region: GuidanceRegion }) {
  if (region.regions.length < 2) return null
  return (
    <ScrollView scrollX className='guidance-chips' data-testid='region-chips'>
      <View>
        {region.regions.map((r) => (
          <Chip key={r.code} label={r.name} selected={r.code === region.regionCode} onClick={() => region.choose(r.code)} testId={`region-${r.code}`} />
        ))}
      </View>
    </ScrollView>
  )
}
