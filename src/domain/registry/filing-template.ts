import type { OperatorKind, ServiceType } from '../finder/finder-enums'
import type { Datum } from './registry-schema'

/**
 * The import template (docs/filing-import-template.md): the provincial 备案 system's export, one filing a row,
 * with these Chinese column headings in any order. These words are the file format, not interface text: a
 * regulator's spreadsheet says them, so they are matched here exactly (after trimming).
 */
export const FILING_COLUMNS = {
  filingNumber: '备案编号',
  name: '机构名称',
  receiptDate: '备案回执日期',
  registrationAuthority: '登记机关',
  creditCode: '统一社会信用代码',
  operatorKind: '办托主体',
  district: '所在区县',
  address: '详细地址',
  phone: '联系电话',
  serviceTypes: '服务类型',
  isAffordable: '是否普惠',
  lng: '经度',
  lat: '纬度',
  datum: '坐标系',
  status: '备案状态',
  statusDate: '状态日期',
  statusReason: '状态原因'
} as const
export type FilingColumn = keyof typeof FILING_COLUMNS

export const REQUIRED_COLUMNS: readonly FilingColumn[] = [
  'filingNumber',
  'name',
  'receiptDate',
  'registrationAuthority',
  'creditCode',
  'operatorKind',
  'district',
  'address',
  'serviceTypes'
]

export const OPERATOR_KIND_WORDS: Readonly<Record<string, OperatorKind>> = {
  公办: 'public',
  民办: 'private',
  公建民营: 'public_run_by_private',
  民办公助: 'private_with_public_aid',
  单位办托: 'employer',
  用人单位办托: 'employer',
  幼儿园托班: 'kindergarten_class',
  社区托育点: 'community_point'
}

export const SERVICE_TYPE_WORDS: Readonly<Record<string, ServiceType>> = {
  全日托: 'full_day',
  半日托: 'half_day',
  计时托: 'hourly',
  临时托: 'temporary'
}

export const DATUM_WORDS: Readonly<Record<string, Datum>> = {
  'GCJ-02': 'gcj02',
  GCJ02: 'gcj02',
  火星坐标: 'gcj02',
  'WGS-84': 'wgs84',
  WGS84: 'wgs84',
  GPS: 'wgs84'
}

export const STATUS_WORDS: Readonly<Record<string, 'active' | 'suspended' | 'revoked'>> = {
  正常: 'active',
  暂停: 'suspended',
  注销: 'revoked'
}

export const YES_NO_WORDS: Readonly<Record<string, boolean>> = { 是: true, 否: false }
