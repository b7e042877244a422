export const family = {
  title: 'My children',
  empty: 'No child added yet. Before booking childcare, add your child’s nickname and birth month.',
  add: 'Add a child',
  nickname: 'Nickname',
  nicknamePlaceholder: 'e.g. Mimi (up to 12 characters)',
  birthMonth: 'Birth month',
  ageMonths: '{months} months',
  year: '{year}',
  month: 'Month {month}',
  birthMonthValue: 'Born {month}/{year}',
  nicknameRequired: 'Please enter your child’s nickname',
  birthMonthRequired: 'Please choose your child’s birth month',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove this child',
  removeConfirm: 'After removal, {nickname}’s details are erased and past bookings no longer show the nickname. Remove?',
  removed: 'Removed',
  added: 'Added',
  consent: {
    title: 'Children’s Personal Information Notice',
    body: 'To match your child with a suitable class and time, Tuoyu Tong collects only your child’s nickname and birth month: no real name, photo, ID number or anything else. These are sensitive personal information of a child; they are used only to check the age band when you book, and are shared with the institution you book with (nickname and age in months). You can change or delete them at any time under “My children”.',
    agree: 'I am the child’s guardian and I have read and accept this notice',
    required: 'Please tick the guardian’s consent first'
  }
} as const
