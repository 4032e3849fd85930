using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Tests.Support;
using PartyScoring.Web.ViewModels;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.PersonalData;

/// <summary>
/// Issue 8 §5 masking, data-driven: every demo role opens every GET page its policy allows (read from the app's own
/// action descriptors, so pages added later are swept too) with its own branch's ids, downloads every register in
/// Excel (read back with the OpenXML SDK) and, for the office and the member, in PDF (pdftotext), plus the member
/// pages of a sample of members. No demo member's full phone may appear except on a page about that member for a user
/// allowed to see it in full (the member; their branch's secretary and clerk); where a phone is shown to anyone else,
/// it is the masked form. The member sees nobody else's phone, masked or not.
/// </summary>
public abstract class PhoneMaskingSweepTests<TFactory>(TFactory app, ITestOutputHelper output) where TFactory : AppFactory
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Not pages to read: sign-in/out and language, the error page, evidence files, export jobs named by a Guid.</summary>
    private static readonly string[] Skipped = ["Account", "Culture", "Evidence"];

    private sealed record DemoMember(int Id, int BranchId, string Phone)
    {
        public string Masked => PhoneMask.Mask(Phone)!;
    }

    private sealed record Viewer(string User, string Role, int OrganisationId, int? MemberId)
    {
        public bool SeesInFull(DemoMember m) =>
            MemberId == m.Id || (Role is Roles.BranchSecretary or Roles.BranchClerk && OrganisationId == m.BranchId);
    }

    /// <summary>One case per demo role (each its own test, so a slow machine never runs one test for minutes).</summary>
    public static TheoryData<string> Users => new(DemoUsers.All.Select(u => u.User));

    [Theory]
    [MemberData(nameof(Users))]
    public async Task NoPageOrExportShowsAPhoneInFullWhereItIsNotNeededAndPhoneColumnsAreMasked(string user)
    {
        var (_, role, branch) = DemoUsers.All.Single(u => u.User == user);
        var members = await app.WithDbAsync(db => db.Members.Where(m => m.Phone != null)
            .Select(m => new DemoMember(m.Id, m.BranchId, m.Phone!)).ToListAsync());
        var (a, b) = await BranchIds.LoadAsync(app);
        var mobile = await app.WithDbAsync(db => db.Members.Where(m => m.OutflowBranchId != null).Select(m => m.Id).FirstAsync());
        var member1 = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "member1").Select(u => u.MemberId!.Value).SingleAsync());
        var routes = (await RouteCatalog.ActionsAsync(app.Services))
            .Where(r => r.Method == "GET" && !Skipped.Contains(r.Controller) && r.Key != "GET Home/Error")
            .Where(r => !r.Parameters.Any(p => p.Type == typeof(Guid)))
            .ToList();
        var failures = new List<string>();
        var documents = 0;
        var maskedSeen = 0;
        var fullSeen = 0;

        var viewer = await app.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.UserName == user);
            return new Viewer(user, role, u.OrganisationId, u.MemberId);
        });
        var ids = branch == 'B' ? b : a;
        var client = await app.SignedInAsync(user);
        var urls = new List<string> { "/" };
        foreach (var route in routes)
        {
            if (!await RouteCatalog.AllowsAsync(app.Services, route, role))
                continue;
            var url = ids.UrlFor(route).Url;
            urls.Add(url);
            if (route.Parameters.Any(p => p.Name == "format"))
            {
                urls.Add(WithFormat(url, "xlsx"));
                if (user is "office" or "member1")
                    urls.Add(WithFormat(url, "pdf"));
            }
        }
        // the member pages of a sample: own branch, the other branch, the mobile member and member1
        foreach (var id in new[] { a.Member, b.Member, mobile, member1 }.Distinct())
        {
            urls.AddRange([$"/Members/Details/{id}", $"/Portal/Index/{id}", $"/Exports/Archive/{id}?format=xlsx", $"/Portal/PersonalData/{id}?format=xlsx"]);
            if (user == "member1" && id == member1)
                urls.Add($"/Exports/Archive/{id}?format=pdf");
        }

        foreach (var url in urls.Distinct())
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
                continue;
            var text = await TextOfAsync(response, url);
            if (text is null)
                continue;
            documents++;
            var about = AboutMember(url);
            foreach (var m in members)
            {
                var allowedInFull = about == m.Id || (m.Id == viewer.MemberId && IsHome(url));
                if (text.Contains(m.Phone, StringComparison.Ordinal))
                {
                    if (!(allowedInFull && viewer.SeesInFull(m)))
                        failures.Add($"{user} {url}: full phone of member {m.Id}");
                    else
                        fullSeen++;
                }
                if (viewer.Role == Roles.Member && m.Id != viewer.MemberId && text.Contains(m.Masked, StringComparison.Ordinal))
                    failures.Add($"{user} {url}: another member's phone (masked) {m.Id}");
            }
            if (about is { } shown && IsPhonePage(url) && members.SingleOrDefault(m => m.Id == shown) is { } subject)
            {
                var expected = viewer.SeesInFull(subject) ? subject.Phone : subject.Masked;
                if (!text.Contains(expected, StringComparison.Ordinal))
                    failures.Add($"{user} {url}: the phone column does not show {(viewer.SeesInFull(subject) ? "the full" : "the masked")} form");
                else if (expected == subject.Masked)
                    maskedSeen++;
            }
        }

        output.WriteLine($"{user}: documents read {documents} (pages, print views, Excel, PDF, JSON); phone columns masked {maskedSeen}; full phones where allowed {fullSeen}");
        documents.Should().BeGreaterThan(role == Roles.Member ? 8 : 20, "the role's pages and exports were read");
        (maskedSeen + fullSeen).Should().BeGreaterThan(0, "member pages with a phone were among them");
        if (role is Roles.TownshipOffice or Roles.CountyReviewer or Roles.EvaluationGroup)
            fullSeen.Should().Be(0, "these roles never see a phone in full");
        failures.Should().BeEmpty();
    }

    private static string WithFormat(string url, string format) => url + (url.Contains('?') ? "&" : "?") + "format=" + format;

    private static bool IsHome(string url) => url == "/" || url.StartsWith("/Home/Index", StringComparison.Ordinal);

    /// <summary>Pages that show one member's phone: their detail page and their portal (not the archive, which has no phone).</summary>
    private static bool IsPhonePage(string url) =>
        (url.StartsWith("/Members/Details/", StringComparison.Ordinal) || url.StartsWith("/Portal/Index/", StringComparison.Ordinal))
        && !url.Contains("format=", StringComparison.Ordinal);

    /// <summary>The member a page or document is about (member pages, portal, personal-data export), else null.</summary>
    private static int? AboutMember(string url)
    {
        foreach (var prefix in new[] { "/Members/Details/", "/Portal/Index/", "/Portal/PersonalData/" })
            if (url.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(url[prefix.Length..].Split('?')[0], out var id))
                return id;
        return null;
    }

    /// <summary>PDFs are saved under TestResults/exports; the provider in the name keeps the two classes (run in parallel) apart.</summary>
    private static string Provider => typeof(TFactory).Name.Replace("AppFactory", "").ToLowerInvariant();

    private static async Task<string?> TextOfAsync(HttpResponseMessage response, string url)
    {
        var type = response.Content.Headers.ContentType?.MediaType;
        var bytes = await response.Content.ReadAsByteArrayAsync();
        switch (type)
        {
            case "text/html" or "application/json" or "text/plain":
                return System.Text.Encoding.UTF8.GetString(bytes);
            case Xlsx:
                using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
                    return string.Join('\n', ExportFiles.Sheets(document).SelectMany(s => s.Rows).Select(r => string.Join('\t', r)));
            case "application/pdf":
                var name = string.Concat(url.Where(char.IsLetterOrDigit)).ToLowerInvariant();
                return ExportFiles.PdfText(bytes, $"mask-{Provider}-{name[..Math.Min(name.Length, 80)]}");
            default:
                return null;
        }
    }
}

public sealed class SqlitePhoneMaskingSweepTests(SqliteAppFactory app, ITestOutputHelper output)
    : PhoneMaskingSweepTests<SqliteAppFactory>(app, output), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlPhoneMaskingSweepTests(PostgreSqlAppFactory app, ITestOutputHelper output)
    : PhoneMaskingSweepTests<PostgreSqlAppFactory>(app, output), IClassFixture<PostgreSqlAppFactory>;
