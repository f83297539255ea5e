// How much the stage may ask of the device's graphics. On a GPU, rooms are painted at full
// size and movement drawn at 30 frames a second (slow glows and fades at 15). On a software
// renderer (SwiftShader, llvmpipe: no GPU, or a blocked one) every pixel is drawn by the same
// CPU that runs the text, so the soft paintings are made at half size (a quarter of the
// pixels to paint and upload) and movement is drawn at 10 frames a second (slow glows and
// fades at 5): the steps take as long, in fewer frames. There the page's compositor, too,
// draws every frame in software: each frame the stage draws costs a whole composited
// frame (30–60 ms of the GPU process on two shared cores, against about 1 ms for the stage's
// own WebGL commands), and at 15 frames a second the frames queued up behind one another.

export interface GpuBudget {
  /** Frames a second while something steps (the figures, the heart). */
  readonly fps: number;
  /** Frames a second while only slow glows and fades move (loop-pace.ts). */
  readonly slowFps: number;
  /** The rooms' paintings, as a fraction of the stage's size. */
  readonly paintScale: number;
}

export const GPU_BUDGET: GpuBudget = { fps: 30, slowFps: 15, paintScale: 1 };
export const SOFTWARE_BUDGET: GpuBudget = { fps: 10, slowFps: 5, paintScale: 0.5 };

/** True for the renderer names software rasterisers give (as WEBGL_debug_renderer_info reports them). */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render driver/i.test(name);
}

/** The renderer's own name, where the browser tells it (Chrome and Firefox do). */
export function rendererName(gl: WebGLRenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
}

export function budgetFor(gl: WebGLRenderingContext): GpuBudget {
  return isSoftwareRenderer(rendererName(gl)) ? SOFTWARE_BUDGET : GPU_BUDGET;
}
