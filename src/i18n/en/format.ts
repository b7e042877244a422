export const format = {
  date: '{day}/{month}/{year}',
  dateTime: '{day}/{month} {time}',
  money: '¥{yuan}',
  metres: '{metres} m',
  kilometres: '{km} km',
  place: '{district} · {address}',
  picker: '{value} ▾',
  onward: '›',
  chosen: '✓'
} as const
