using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>The few cell styles a register needs; the constants are indexes into the cell formats.</summary>
internal static class ExcelStyles
{
    public const uint Title = 1;
    public const uint Subtitle = 2;
    public const uint Header = 3;
    public const uint Text = 4;
    public const uint Points = 5;
    public const uint Count = 6;
    public const uint Section = 7;
    private const uint OneDecimal = 164;

    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font(11, false),
            Font(16, true),
            Font(11, true));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }));
        var thin = () => new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin());
        var formats = new CellFormats(
            new CellFormat(),
            Format(1, 0, 0, 0, HorizontalAlignmentValues.Center),
            Format(0, 0, 0, 0, HorizontalAlignmentValues.Left),
            Format(2, 2, 1, 0, HorizontalAlignmentValues.Center, wrap: true),
            Format(0, 0, 1, 0, HorizontalAlignmentValues.Left),
            Format(0, 0, 1, OneDecimal, HorizontalAlignmentValues.Right),
            Format(0, 0, 1, 1, HorizontalAlignmentValues.Right),
            Format(2, 0, 1, 0, HorizontalAlignmentValues.Left));
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = OneDecimal, FormatCode = "0.0" }) { Count = 1 },
            fonts, fills, borders, formats);
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
            font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = "SimSun" });
        return font;
    }

    private static CellFormat Format(uint font, uint fill, uint border, uint numberFormat, HorizontalAlignmentValues align, bool wrap = false) => new(
        new Alignment { Horizontal = align, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
    {
        FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat,
        ApplyFont = true, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numberFormat != 0, ApplyAlignment = true,
    };
}
