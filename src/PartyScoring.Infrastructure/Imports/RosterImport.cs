using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Imports;

/// <summary>The template's columns, in order.</summary>
public enum RosterColumn { Name, Gender, BirthDate, Phone, Branch, Status, Category, JoinedOn }

/// <summary>One problem in the file: Excel row number, column, a stable code ("Import_Error_" + code is the message) and its argument.</summary>
public sealed record RosterError(int Row, RosterColumn? Column, string Code, string? Argument = null);

public sealed record RosterResult(IReadOnlyList<RosterError> Errors, IReadOnlyList<(string Name, string Branch)> Added)
{
    public bool Imported => Errors.Count == 0;
}

/// <summary>The Chinese words the template uses for gender, status and category (from the resources).</summary>
public sealed record RosterVocabulary(
    IReadOnlyList<string> Headers,
    IReadOnlyDictionary<string, Gender> Genders,
    IReadOnlyDictionary<string, MembershipStatus> Statuses,
    IReadOnlyDictionary<string, MemberCategory> Categories);

/// <summary>
/// Roster import (issue 5 §4): every row is validated — required fields, dates, a branch in the user's scope, duplicates
/// in the file and against existing members, known status and category — and any error rejects the whole file.
/// A valid file is added in one transaction.
/// </summary>
public sealed class RosterImporter(ScopedData data, TimeProvider clock)
{
    public const int MaxRows = 5000;
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss"];

    public async Task<RosterResult> ImportAsync(Stream file, RosterVocabulary words, CancellationToken ct = default)
    {
        List<SheetRow> rows;
        try
        {
            // Header plus one row past the limit is enough to say "too many".
            rows = XlsxTableReader.Read(file, Enum.GetValues<RosterColumn>().Length, MaxRows + 2);
        }
        catch (NotAWorkbookException)
        {
            return Rejected(new RosterError(0, null, "NotExcel"));
        }
        catch (XlsxRefusedException e)
        {
            return Rejected(new RosterError(0, null, e.Reason.ToString()));
        }
        if (rows.Count == 0 || !rows[0].Cells.SequenceEqual(words.Headers))
            return Rejected(new RosterError(rows.Count == 0 ? 0 : rows[0].Number, null, rows.Count == 0 ? "Empty" : "Header"));
        var body = rows.Skip(1).ToList();
        if (body.Count == 0)
            return Rejected(new RosterError(0, null, "Empty"));

        var branches = await data.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Branch)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var branchByName = branches.GroupBy(b => b.Name).ToDictionary(g => g.Key, g => g.First().Id);
        var names = body.Select(r => r.Cells[(int)RosterColumn.Name]).Distinct().ToList();
        var existing = (await data.Db.Members.AsNoTracking().Where(m => names.Contains(m.Name) && m.LeftOn == null)
            .Select(m => new { m.Name, m.BirthDate }).ToListAsync(ct)).Select(m => (m.Name, m.BirthDate)).ToHashSet();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        var errors = new List<RosterError>();
        var seen = new Dictionary<(string, DateOnly), int>();
        var members = new List<(Member Member, string Branch)>();
        foreach (var row in body)
        {
            string Cell(RosterColumn c) => row.Cells[(int)c];
            void Error(RosterColumn c, string code, string? arg = null) => errors.Add(new RosterError(row.Number, c, code, arg));

            foreach (var required in new[] { RosterColumn.Name, RosterColumn.Gender, RosterColumn.BirthDate, RosterColumn.Branch, RosterColumn.Status, RosterColumn.Category })
                if (Cell(required).Length == 0)
                    Error(required, "Required");
            if (Cell(RosterColumn.Name).Length > Member.NameMaxLength)
                Error(RosterColumn.Name, "TooLong");
            var gender = Lookup(words.Genders, Cell(RosterColumn.Gender), RosterColumn.Gender, "Gender", Error);
            var status = Lookup(words.Statuses, Cell(RosterColumn.Status), RosterColumn.Status, "Status", Error);
            var category = Lookup(words.Categories, Cell(RosterColumn.Category), RosterColumn.Category, "Category", Error);
            var birth = ParseDate(Cell(RosterColumn.BirthDate), RosterColumn.BirthDate, Error);
            var joined = ParseDate(Cell(RosterColumn.JoinedOn), RosterColumn.JoinedOn, Error);
            if (birth is { } b && (b > today || b.Year < 1900))
                Error(RosterColumn.BirthDate, "DateRange");
            if (joined is { } j && (j > today || (birth is { } b2 && j < b2)))
                Error(RosterColumn.JoinedOn, "DateRange");
            var phone = Cell(RosterColumn.Phone);
            if (phone.Length > Member.PhoneMaxLength)
                Error(RosterColumn.Phone, "TooLong");
            else if (!phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' '))
                Error(RosterColumn.Phone, "Phone");
            int? branchId = null;
            if (Cell(RosterColumn.Branch).Length > 0)
            {
                if (branchByName.TryGetValue(Cell(RosterColumn.Branch), out var id))
                    branchId = id;
                else
                    Error(RosterColumn.Branch, "Branch");
            }
            if (birth is { } bd && Cell(RosterColumn.Name).Length > 0)
            {
                var key = (Cell(RosterColumn.Name), bd);
                if (seen.TryGetValue(key, out var firstRow))
                    Error(RosterColumn.Name, "DuplicateInFile", firstRow.ToString(CultureInfo.InvariantCulture));
                else
                    seen[key] = row.Number;
                if (existing.Contains(key))
                    Error(RosterColumn.Name, "DuplicateExisting");
            }
            if (errors.Count > 0)
                continue;
            var member = new Member(Cell(RosterColumn.Name), gender!.Value, birth!.Value, branchId!.Value, status!.Value, category!.Value,
                joined, today);
            if (phone.Length > 0)
                member.SetPhone(phone);
            members.Add((member, Cell(RosterColumn.Branch)));
        }
        if (body.Count > MaxRows)
            errors.Add(new RosterError(body[MaxRows].Number, null, "TooMany", MaxRows.ToString(CultureInfo.InvariantCulture)));
        if (errors.Count > 0)
            return Rejected([.. errors]);

        await using var transaction = await data.Db.Database.BeginTransactionAsync(ct);
        data.Db.Members.AddRange(members.Select(m => m.Member));
        await data.Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RosterResult([], members.Select(m => (m.Member.Name, m.Branch)).ToList());
    }

    private static RosterResult Rejected(params RosterError[] errors) => new(errors, []);

    private static T? Lookup<T>(IReadOnlyDictionary<string, T> words, string text, RosterColumn column, string code, Action<RosterColumn, string, string?> error)
        where T : struct
    {
        if (text.Length == 0)
            return null;
        if (words.TryGetValue(text, out var value))
            return value;
        error(column, code, null);
        return null;
    }

    private static DateOnly? ParseDate(string text, RosterColumn column, Action<RosterColumn, string, string?> error)
    {
        if (text.Length == 0)
            return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
            return DateOnly.FromDateTime(dateTime);
        error(column, "Date", null);
        return null;
    }
}
