import { buildH5, h5BuildIsCurrent } from '../../../scripts/h5-build'

/**
 * Builds the H5 app once before the end-to-end files run, so files running side by side each start a server
 * on the finished build instead of racing to build it.
 */
export default function buildOnce(): void {
  if (!h5BuildIsCurrent()) buildH5()
}
