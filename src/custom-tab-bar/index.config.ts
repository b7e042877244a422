// WeChat loads the tab bar as a custom component; without this its index.json is empty and it is not drawn.
export default { component: true }
