/*
 * The root font size Taro's H5 build sizes everything by (rem from the 750-wide design), set before the app's
 * scripts run and again on resize. Taro inlines this in index.html by default; it lives in its own file so the
 * Content-Security-Policy can forbid inline script.
 */
;(function (win) {
  function fit() {
    var root = win.document.documentElement
    var rect = root.getBoundingClientRect()
    var sides = [rect.width, rect.height].filter(function (side) {
      return Boolean(side)
    })
    var size = (40 * Math.min.apply(Math, sides)) / 750
    root.style.fontSize = size >= 40 ? '40px' : size <= 20 ? '20px' : size + 'px'
  }
  win.addEventListener('resize', function () {
    fit()
    setTimeout(fit, 500)
  })
  fit()
})(window)
