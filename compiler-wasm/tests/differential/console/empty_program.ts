// A program without statements prints nothing.
function unused(x: number): number {
  return x;
}
