// The stage's budget on the device's graphics (src/stage/gpu-budget.ts): a software renderer
// gets fewer frames and smaller paintings, a GPU the full ones. Names as browsers report them.
import { describe, expect, it } from 'vitest';
import { GPU_BUDGET, isSoftwareRenderer, SOFTWARE_BUDGET } from '../../src/stage/gpu-budget';

describe('the stage on a software renderer', () => {
  it('knows software rasterisers by the names browsers give them', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Microsoft Basic Render Driver',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true);
    for (const name of [
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Apple M1',
      'Adreno (TM) 640',
      'Mali-G78',
      'WebKit WebGL',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false);
  });

  it('draws movement at fewer frames and paints rooms smaller there, never more', () => {
    expect(SOFTWARE_BUDGET.fps).toBeLessThan(GPU_BUDGET.fps);
    expect(SOFTWARE_BUDGET.paintScale).toBeLessThan(GPU_BUDGET.paintScale);
    expect(GPU_BUDGET.paintScale).toBe(1);
  });
});
