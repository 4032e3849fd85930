using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 8 §2: every form found on every GET page the demo roles reach (actions read from the app) is posted with
/// each field replaced by each bad value, and then twice with plausible values (a double click). Never a server
/// error, never the script payload unencoded. A rejected post shows a Chinese message (not a framework default in
/// English), gives back what was typed and writes nothing; an accepted one leaves an audit line and stores Unicode
/// text as typed; the second of two identical posts adds no row the first one added.
/// </summary>
public abstract partial class FormFuzzTests<TFactory>(TFactory app, ITestOutputHelper output) where TFactory : AppFactory
{
    private const string Script = "<script>alert(1)</script>";

    /// <summary>One bad value: form-encoded as sent, and as the server should read it (null: not comparable).</summary>
    private sealed record BadValue(string Label, string Encoded, string? Typed, bool Unicode = false)
    {
        public static BadValue Of(string label, string typed, bool unicode = false) => new(label, Enc(typed), typed, unicode);
    }

    private static readonly BadValue[] BadValues =
    [
        BadValue.Of("empty", ""),
        BadValue.Of("blank", " \t\r\n"),
        BadValue.Of("text for a number", "abc"),
        BadValue.Of("negative", "-1"),
        BadValue.Of("huge", "99999999999"),
        BadValue.Of("script", Script),
        BadValue.Of("5000 CJK", new string('长', 5000), unicode: true),
        BadValue.Of("invisible", "a\u200Bb\uFEFF\u202Egnp.exe", unicode: true),
        BadValue.Of("astral and combining", "党员😀👨‍👩‍👧𠀀e\u0301\u0338Z\u0336", unicode: true),
        // control characters are dropped on arrival (NulFormMiddleware, ControlCharacterFilter): PostgreSQL and XML cannot hold them
        new("NUL and control characters", Enc("a\0b\u0001c\u001F"), "abc", Unicode: true),
        // a lone UTF-16 surrogate as UTF-8 bytes, which no browser sends; the server reads replacement characters
        new("lone surrogate", "%ED%A0%80", null),
    ];

    /// <summary>Staff who may enter come first, so a form several roles see is posted by one that may use it.</summary>
    /// <summary>The titles of the status page (Home/Status) for 403, 404 and any other refusal.</summary>
    private static readonly string[] StatusTitles = ["提交的内容无法处理", "无权访问", "页面不存在", "请求无法完成"];

    private static readonly string[] Roles = ["clerk1", "secretary1", "evaluator1", "office", "county", "member1"];

    /// <summary>The English defaults of ASP.NET Core's model binding and data annotations.</summary>
    [GeneratedRegex(@"is not valid|is invalid|is required|must be a number|The value '|A value for the|The field ")]
    private static partial Regex EnglishDefault();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [Fact]
    public async Task EveryFieldOfEveryFormRejectsBadInputInChineseKeepsItAndWritesNothingHalfway()
    {
        var routes = await RouteCatalog.ActionsAsync(app.Services);
        var (a, _) = await BranchIds.LoadAsync(app);
        var run = new Run();

        foreach (var user in Roles)
        {
            var client = await app.SignedInAsync(user);
            await foreach (var (url, page) in PageCrawler.PagesAsync(client, routes, a))
            {
                foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form[method=post]"))
                {
                    var action = form.GetAttribute("action") ?? url;
                    var fields = FormFields.Of(form);
                    // one form per action and field set (the same form on every row or for every role is posted once)
                    var shape = Digits().Replace(action, "#") + " " + string.Join(",", fields.Select(f => f.Name).Order(StringComparer.Ordinal));
                    if (action.StartsWith("/Account/Logout", StringComparison.Ordinal) || !run.Forms.Add(shape))
                        continue;
                    // rows of one grid (cells[12-3], votes[0].Good) share their checks: one field of each kind is enough
                    var sample = fields.Where(f => f.Kind != FieldKind.Token).GroupBy(f => Digits().Replace(f.Name, "#")).Select(g => g.First());
                    foreach (var field in sample)
                        foreach (var bad in BadValues)
                            await FuzzAsync(client, user, action, fields, field, bad, run);
                    await DoubleClickAsync(client, user, action, fields, run);
                }
            }
        }

        output.WriteLine($"forms: {run.Forms.Count}, posts: {run.Posts}, double clicks whose first post wrote: {run.DoubleClicked}");
        output.WriteLine(string.Join(Environment.NewLine, run.Forms.Order(StringComparer.Ordinal)));
        output.WriteLine(string.Join(Environment.NewLine, run.Failures));
        run.Forms.Count.Should().BeGreaterThan(20);
        run.Failures.Should().BeEmpty();
    }

    private async Task FuzzAsync(HttpClient client, string user, string action, IReadOnlyList<FormField> fields, FormField field, BadValue bad, Run run)
    {
        var what = $"{user} {action} {field.Name}={bad.Label}";
        var before = await WriteSnapshot.ReadAsync(app);
        var (response, html) = await PostAsync(client, action, fields.Select(f => f == field ? (f.Name, bad.Encoded) : (f.Name, Enc(f.Value))), run);
        var after = await WriteSnapshot.ReadAsync(app);
        var rejected = IsRejected(response, before, after);
        html += await CheckCommonAsync(client, response, html, what, run);

        if (rejected)
        {
            await CheckRejectionAsync(response, html, before, after, field, bad.Typed, what, run);
            return;
        }
        if (!after.SameAs(before) && after.LastAudit == before.LastAudit)
            run.Failures.Add($"written without an audit line ({string.Join(", ", after.ChangesSince(before))}): {what}");
        if (bad is { Unicode: true, Typed: { } typed } && field.Kind == FieldKind.Typed && after.LastAudit > before.LastAudit
            && !await StoredAsync(before.LastAudit, typed))
            run.Failures.Add("accepted but not stored as typed: " + what);
    }

    /// <summary>The form with its empty typed fields filled plausibly, sent twice: the second adds no row the first did.</summary>
    private async Task DoubleClickAsync(HttpClient client, string user, string action, IReadOnlyList<FormField> fields, Run run)
    {
        var filled = fields.Select(f => (f.Name, Enc(f.Filled))).ToList();
        var what = $"{user} {action} (posted twice)";
        var first = await WriteSnapshot.ReadAsync(app);
        var (response, html) = await PostAsync(client, action, filled, run);
        var second = await WriteSnapshot.ReadAsync(app);
        await CheckCommonAsync(client, response, html, what + " first", run);
        var (again, againHtml) = await PostAsync(client, action, filled, run);
        var third = await WriteSnapshot.ReadAsync(app);
        againHtml += await CheckCommonAsync(client, again, againHtml, what, run);

        var added = second.GrownSince(first);
        var addedAgain = third.GrownSince(second).Intersect(added).ToList();
        if (addedAgain.Count > 0)
            run.Failures.Add($"duplicate rows in {string.Join(", ", addedAgain)}: {what}");
        if (IsRejected(again, second, third))
            await CheckRejectionAsync(again, againHtml, second, third, null, null, what, run);
        if (added.Count > 0)
            run.DoubleClicked++;
    }

    private static bool IsRejected(HttpResponseMessage response, WriteSnapshot before, WriteSnapshot after) =>
        (int)response.StatusCode is >= 400 and < 500 || (response.StatusCode == HttpStatusCode.OK && after.SameAs(before));

    private static async Task<(HttpResponseMessage Response, string Html)> PostAsync(HttpClient client, string action,
        IEnumerable<(string Name, string Encoded)> fields, Run run)
    {
        run.Posts++;
        var pairs = fields.ToList();
        var body = FormFields.Encoded(pairs);
        var response = await client.PostAsync(action, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        var html = await response.Content.ReadAsStringAsync();
        if (action.StartsWith("/Culture/Set", StringComparison.Ordinal))
        {
            // the language switch works: switch back, or every later message would rightly be in English
            var token = pairs.First(p => p.Name == "__RequestVerificationToken").Encoded;
            await client.PostAsync(action, new StringContent($"culture=zh-CN&returnUrl=%2F&__RequestVerificationToken={token}",
                Encoding.UTF8, "application/x-www-form-urlencoded"));
        }
        return (response, html);
    }

    /// <summary>No server error and no unencoded script, in the answer or the page it redirects to (whose HTML it returns).</summary>
    private static async Task<string> CheckCommonAsync(HttpClient client, HttpResponseMessage response, string html, string what, Run run)
    {
        if ((int)response.StatusCode >= 500)
            run.Failures.Add($"{(int)response.StatusCode}: {what}");
        var followedHtml = "";
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } next && next.OriginalString.StartsWith('/'))
        {
            var followed = await client.GetAsync(next);
            if ((int)followed.StatusCode >= 500)
                run.Failures.Add($"{(int)followed.StatusCode} after redirect: {what}");
            followedHtml = await followed.Content.ReadAsStringAsync();
        }
        if ((html + followedHtml).Contains(Script, StringComparison.Ordinal))
            run.Failures.Add("unencoded script: " + what);
        return followedHtml;
    }

    private static async Task CheckRejectionAsync(HttpResponseMessage response, string html, WriteSnapshot before, WriteSnapshot after,
        FormField? field, string? typed, string what, Run run)
    {
        var status = (int)response.StatusCode;
        if (!after.SameAs(before))
            run.Failures.Add($"rejected ({status}) but written ({string.Join(", ", after.ChangesSince(before))}, audit {after.LastAudit - before.LastAudit:+0}): {what}");
        var page = await Browserless.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
        var messages = page.QuerySelectorAll(".alert-danger, .field-error, .text-danger, .field-validation-error, .validation-summary-errors, .invalid-feedback")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        // a refused id or a tampered hidden field gets the status page (提交的内容无法处理 / 无权访问 / 页面不存在)
        if (messages.Count == 0 && status >= 400)
            messages.AddRange(page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()).Where(StatusTitles.Contains));
        if (!messages.Any(m => Chinese().IsMatch(m)))
            run.Failures.Add($"rejected ({status}) without a Chinese message: {what}");
        if (messages.FirstOrDefault(m => EnglishDefault().IsMatch(m)) is { } english)
            run.Failures.Add($"English framework message \"{english[..Math.Min(80, english.Length)]}\": {what}");
        if (field is not { Kind: FieldKind.Typed } || typed is null || status is 403 or 404 || !BrowserSends(field, typed))
            return;
        var shown = page.QuerySelectorAll($"[name='{field.Name}']")
            .Select(e => e is IHtmlTextAreaElement area ? area.Value : e.GetAttribute("value") ?? "").ToList();
        if (!shown.Any(v => Same(v, typed)))
            run.Failures.Add($"rejected ({status}) without giving back what was typed ({(shown.Count == 0 ? "no such field" : "changed")}): {what}");
    }

    /// <summary>Whether a row written since the given audit line holds the text exactly as typed.</summary>
    private Task<bool> StoredAsync(long sinceAudit, string typed) => app.WithDbAsync(async db =>
    {
        var lines = await db.AuditEntries.AsNoTracking().Where(e => e.Id > sinceAudit && (e.Action == "Added" || e.Action == "Modified"))
            .ToListAsync();
        foreach (var line in lines)
        {
            var type = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == line.Entity && !t.IsOwned());
            var key = type?.FindPrimaryKey()?.Properties;
            if (type is null || key is not { Count: 1 })
                continue;
            var id = Convert.ChangeType(line.EntityKey, key[0].ClrType, CultureInfo.InvariantCulture);
            var row = await db.FindAsync(type.ClrType, id);
            if (row is not null && db.Entry(row).Properties.Any(p => p.CurrentValue is string s && s.Contains(typed, StringComparison.Ordinal)))
                return true;
        }
        return false;
    });

    /// <summary>Whether a browser could send this at all: a date box sends only dates, a number box only numbers.</summary>
    private static bool BrowserSends(FormField field, string typed) => field.InputType switch
    {
        "date" => DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "number" => double.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => true,
    };

    private static bool Same(string shown, string typed) => Norm(shown) == Norm(typed);

    private static string Norm(string value) => value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    private sealed class Run
    {
        public HashSet<string> Forms { get; } = [];
        public List<string> Failures { get; } = [];
        public int Posts { get; set; }
        public int DoubleClicked { get; set; }
    }

    private static string Enc(string value) => Uri.EscapeDataString(value);
}

public sealed class SqliteFormFuzzTests(SqliteAppFactory app, ITestOutputHelper output)
    : FormFuzzTests<SqliteAppFactory>(app, output), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlFormFuzzTests(PostgreSqlAppFactory app, ITestOutputHelper output)
    : FormFuzzTests<PostgreSqlAppFactory>(app, output), IClassFixture<PostgreSqlAppFactory>;
