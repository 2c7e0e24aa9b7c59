// Plain JavaScript with its declaration beside it, so stories of every package can import it (like tooling/fixtures).

/**
 * A PNG drawn on a canvas (a bar chart on a transparent or white background), as a data URL: what the code
 * interpreter's image outputs look like, for stories (browser only).
 * @param {number} width
 * @param {number} height
 * @param {{ transparent?: boolean }} [options]
 * @returns {string}
 */
export function chartPng(width, height, { transparent = false } = {}) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  if (!transparent) {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
  }
  const bars = 8;
  const gap = width / (bars * 3);
  for (let index = 0; index < bars; index += 1) {
    const barHeight = ((index * 37) % 80) / 100 * height + height * 0.1;
    context.fillStyle = index % 2 === 0 ? '#1f77b4' : '#ff7f0e';
    context.fillRect(gap + index * (width - gap) / bars, height - barHeight, (width - gap) / bars - gap, barHeight);
  }
  return canvas.toDataURL('image/png');
}
