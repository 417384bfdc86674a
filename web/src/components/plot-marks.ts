// The parts of Observable Plot the pages draw with; importing only these lets the bundler leave the rest out.
export { plot, dot, text, line, barX, ruleX, ruleY } from '@observablehq/plot';
