// Stylesheets are the build's business; in jsdom a component's `import './x.scss'` loads nothing.
module.exports = {}
