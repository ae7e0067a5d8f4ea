namespace Portal.Demo.Backend.Pdf;

/// <summary>One run of text placed at (<see cref="X"/>, <see cref="Y"/>) points from the page's bottom-left corner.</summary>
internal sealed record PdfTextLine(double X, double Y, double Size, string Text, bool Bold = false);
