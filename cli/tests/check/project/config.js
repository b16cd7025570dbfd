// A default export that is not a component: a module.
export default { port: 3000 };
