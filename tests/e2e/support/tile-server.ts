import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'
import { startApp, type AppUnderTest } from './app-under-test'

/** A tile provider on this machine: one plain 256 px PNG for every tile, and a count of what was asked. */
interface TileServer {
  server: Server
  urlTemplate: string
  served: string[]
}

async function startTileServer(): Promise<TileServer> {
  const tile = await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 226, g: 236, b: 222 } } }).png().toBuffer()
  const served: string[] = []
  const server = createServer((req, res) => {
    const match = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(req.url ?? '')
    if (!match) return void res.writeHead(404).end()
    served.push(req.url ?? '')
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': tile.length }).end(tile)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, served, urlTemplate: `http://127.0.0.1:${(server.address() as AddressInfo).port}/{z}/{x}/{y}.png` }
}

/** The app as an operator runs it with map tiles configured, here from a tile server on this machine. */
export async function startAppWithTiles(): Promise<{ app: AppUnderTest; tiles: TileServer; stop(): Promise<void> }> {
  const tiles = await startTileServer()
  const app = await startApp({ env: { MAP_TILE_URL: tiles.urlTemplate, MAP_TILE_ATTRIBUTION: '© 测试底图' } })
  return {
    app,
    tiles,
    async stop() {
      await app.stop()
      await new Promise((resolve) => tiles.server.close(resolve))
    }
  }
}
