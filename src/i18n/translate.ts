export * from './translator'

// What the app and the server import for t(). It holds zh-CN only: the app adds the reader's other catalogue
// when needed (load-catalogue.ts), the HTTP server adds both at once (all-catalogues.ts), and a cloud function
// loads each on first use (cloud-catalogues.ts), so a Chinese reader's phone never downloads the other two.
