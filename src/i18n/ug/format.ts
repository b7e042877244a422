export const format = {
  date: '{year}-يىلى {month}-ئاينىڭ {day}-كۈنى',
  dateTime: '{month}-ئاينىڭ {day}-كۈنى {time}',
  money: '{yuan} يۈەن',
  metres: '{metres} مېتىر',
  kilometres: '{km} كىلومېتىر',
  place: '{district} · {address}',
  picker: '{value} ▾',
  /** Right to left, the next page lies to the left. */
  onward: '‹',
  chosen: '✓'
} as const
