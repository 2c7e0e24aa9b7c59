/** A small bar chart drawn on a canvas, as a PNG data URL (what the code interpreter's image outputs look like). */
export function barChartPng(width = 480, height = 270): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1f77b4';
  [0.4, 0.7, 0.55, 0.9, 0.65].forEach((value, index) => {
    const barWidth = width / 7;
    context.fillRect(barWidth * (index + 1), height * (1 - value), barWidth * 0.8, height * value);
  });
  return canvas.toDataURL('image/png');
}
