import { z } from 'zod'
import { emptyInputSchema } from '../shared/empty-input-schema'
import { action, rolesOnly } from '../shared/action-spec'
import { addChildInputSchema, childListSchema, childRefInputSchema, childSchema, updateChildInputSchema } from './child-schema'

/** A family's children, kept under separate guardian consent; only the guardian reads or changes them. */
export const familyContract = {
  listChildren: action({
    summary: 'My children (nickname and birth month)',
    input: emptyInputSchema,
    output: childListSchema,
    access: rolesOnly('parent')
  }),
  addChild: action({
    summary: 'Add a child, with the guardian consent the parent just gave',
    input: addChildInputSchema,
    output: childSchema,
    access: rolesOnly('parent')
  }),
  updateChild: action({
    summary: "Correct a child's nickname or birth month",
    input: updateChildInputSchema,
    output: childSchema,
    access: rolesOnly('parent')
  }),
  removeChild: action({
    summary: "Withdraw consent: delete a child's data (refused while the child has upcoming bookings)",
    input: childRefInputSchema,
    output: z.object({ removed: z.literal(true) }),
    access: rolesOnly('parent')
  })
}
