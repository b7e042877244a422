import { startLocale } from './app-locale'

// H5: the first page waits for the reader's catalogue when it is not Chinese (one chunk), so it never renders
// in Chinese and then re-renders; a zh-CN reader waits for nothing. (Top-level await: the app entry imports
// this through app.ts and runs the router only after it settles.)
await startLocale()
