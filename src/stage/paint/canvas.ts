// Every painting starts here. The textures are painted once on the CPU and then uploaded
// to WebGL, so ask for a software-backed 2D context: a GPU-backed one gains nothing for a
// one-shot painting, and where the GPU is emulated (SwiftShader in CI, old drivers) each
// blur can take seconds — or crash the GPU process outright.
export function paintCanvas(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('Canvas 2D is not available.');
  return [canvas, ctx];
}
