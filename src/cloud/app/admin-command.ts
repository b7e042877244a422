import { inviteOperator } from '../account/invitation-service'
import type { Database } from '../db/database'

const ADMIN_USAGE = `Usage: npm run admin -- invite operator [--note "who it is for"]

  invite operator   prints a one-time invitation code for an operator (good for 7 days). The person signs in
                    (WeChat or mobile number), opens 我的 → 输入邀请码 and enters it, or opens the printed link.`

interface AdminIo {
  db: Database
  now: Date
  out: (line: string) => void
}

function noteOf(args: readonly string[]): string | null {
  const at = args.indexOf('--note')
  return at >= 0 ? (args[at + 1] ?? null) : null
}

/**
 * The operator's command line (`npm run admin`): the one way into the invitation chain that needs no account,
 * so it runs only where the database is reachable, i.e. on the server's own machine. Answers the exit code.
 */
export async function runAdminCommand(args: readonly string[], io: AdminIo): Promise<number> {
  const [verb, what] = args
  if (verb === 'invite' && what === 'operator') {
    const { code, link, invitation } = await inviteOperator(io.db, io.now, noteOf(args.slice(2)))
    io.out(`Operator invitation: ${code}`)
    io.out(`Expires: ${invitation.expiresAt}`)
    io.out(`Link (after the site's address, H5): /#${link}`)
    return 0
  }
  io.out(ADMIN_USAGE)
  return 2
}
