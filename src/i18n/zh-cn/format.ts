/** How numbers, money, distances and dates read in this locale. */
export const format = {
  date: '{year}年{month}月{day}日',
  /** A moment in China time within the year, as a booking or a deadline reads. */
  dateTime: '{month}月{day}日 {time}',
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
