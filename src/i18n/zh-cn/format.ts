/** How numbers, money, distances and dates read in this locale. */
export const format = {
  date: '{year}年{month}月{day}日',
  money: '¥{yuan}',
  metres: '{metres}米',
  kilometres: '{km}公里',
  place: '{district} · {address}',
  /** Marks a control that opens a list to choose from. */
  picker: '{value} ▾',
  /** Marks a row that leads to another page. */
  onward: '›',
  /** Marks the chosen row in a list. */
  chosen: '✓'
} as const
