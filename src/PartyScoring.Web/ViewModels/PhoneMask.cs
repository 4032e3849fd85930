namespace PartyScoring.Web.ViewModels;

/// <summary>Phones are shown masked (SPEC 2): enough to recognise, not enough to copy.</summary>
public static class PhoneMask
{
    public static string? Mask(string? phone) =>
        phone is null ? null
        : phone.Length <= 7 ? new string('*', phone.Length)
        : string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
}
