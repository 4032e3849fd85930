using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using PartyScoring.Infrastructure.Exports;

namespace PartyScoring.Web.Exports;

/// <summary>
/// Renders Views/Print/Report in-process to an HTML string with print.css inlined, and has Chromium print it —
/// the same view the browser shows as the print preview.
/// </summary>
public sealed class PrintViewRenderer(ICompositeViewEngine engine, ITempDataProvider tempData, IWebHostEnvironment env, IPdfRenderer pdf)
{
    public const string View = "~/Views/Print/Report.cshtml";

    public async Task<string> HtmlAsync(ControllerContext context, ReportWorkbook model)
    {
        var view = engine.GetView(null, View, isMainPage: true).EnsureSuccessful([]).View!;
        var css = await File.ReadAllTextAsync(Path.Combine(env.WebRootPath, "css", "print.css"));
        var viewData = new ViewDataDictionary<ReportWorkbook>(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
        {
            Model = model,
            ["InlineCss"] = css,
        };
        await using var writer = new StringWriter();
        var viewContext = new ViewContext(context, view, viewData, new TempDataDictionary(context.HttpContext, tempData), writer, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);
        return writer.ToString();
    }

    public async Task<byte[]> PdfAsync(ControllerContext context, ReportWorkbook model, CancellationToken ct) =>
        await pdf.RenderAsync(await HtmlAsync(context, model), ct);
}
