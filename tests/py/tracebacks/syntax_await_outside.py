# 'await' outside a function.
await x
