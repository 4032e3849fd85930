using PartyScoring.Domain.Common;
using PartyScoring.Domain.Evidence;

namespace PartyScoring.Domain.Tests.Evidence;

/// <summary>Evidence is recognised by its first bytes (seed 000: photos and video of the volunteer day), with a limit per kind.</summary>
public class EvidenceTypesAndSizes
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, EvidenceKind.Image, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, EvidenceKind.Image, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, EvidenceKind.Pdf, "application/pdf")]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6D, 0x70, 0x34, 0x32 }, EvidenceKind.Video, "video/mp4")]
    public void AcceptedFormatsAreRecognisedFromTheirBytes(byte[] header, EvidenceKind kind, string contentType) =>
        EvidencePolicy.Check(header, 1000).Should().Be((kind, contentType));

    [Fact]
    public void HtmlIsRefusedWhateverItsName() =>
        FluentActions.Invoking(() => EvidencePolicy.Check("<!DOCTYPE html>"u8, 100)).Should().Throw<DomainException>()
            .Which.Code.Should().Be("evidence.type");

    [Fact]
    public void EmptyFileIsRefused() =>
        FluentActions.Invoking(() => EvidencePolicy.Check([], 0)).Should().Throw<DomainException>().Which.Code.Should().Be("evidence.empty");

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF }, EvidencePolicy.MaxImageBytes)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, EvidencePolicy.MaxPdfBytes)]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70 }, EvidencePolicy.MaxVideoBytes)]
    public void EachKindMayReachItsLimitButNotPassIt(byte[] header, long limit)
    {
        EvidencePolicy.Check(header, limit).Should().NotBeNull();
        FluentActions.Invoking(() => EvidencePolicy.Check(header, limit + 1)).Should().Throw<DomainException>()
            .Which.Code.Should().Be("evidence.size");
    }

    [Fact]
    public void StoredNameKeepsNoPathOrMarkup()
    {
        var file = new EvidenceFile(1, 2, 3, "..\\..\\etc/<b>照片</b>.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 10,
            "clerk1", DateTimeOffset.UnixEpoch);

        // Only the last path segment survives, without the characters a header or a page could misread.
        file.FileName.Should().Be("b.png");
    }
}
