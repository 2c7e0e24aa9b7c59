/** A small bar chart drawn on a canvas, as a PNG data URL (browser only: for stories). */
export function chartImage(width = 480, height = 270): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#3a5bd9';
  [0.3, 0.55, 0.4, 0.8, 0.65].forEach((value, index) => {
    const barWidth = width / 7;
    context.fillRect(barWidth * (index + 1), height * (1 - value) - 10, barWidth * 0.7, height * value);
  });
  return canvas.toDataURL('image/png');
}
