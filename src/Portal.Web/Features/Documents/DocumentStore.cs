using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Features.Documents;

/// <summary>Keeps the bytes of uploaded documents (offers, designations, endorsement cases) in the data folder (never under wwwroot), one folder per organization.</summary>
public sealed class DocumentStore(IOptions<PortalOptions> portal, IHostEnvironment env)
{
    /// <summary>The largest file the portal keeps.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private string Root => Path.Combine(portal.Value.ResolveDataDirectory(env.ContentRootPath), "documents");

    public string PathOf(Guid organizationId, string storedName) =>
        Path.Combine(Root, organizationId.ToString("N"), storedName);

    public enum Problem { Empty, TooLarge, WrongType, WrongKind }

    /// <summary>Reads the upload once: checks size and real type, and returns the bytes with their hash.</summary>
    public static async Task<(byte[]? Bytes, string? ContentType, string? Sha256, Problem? Problem)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length == 0) return (null, null, null, Problem.Empty);
        if (file.Length > MaxBytes) return (null, null, null, Problem.TooLarge);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0) return (null, null, null, Problem.Empty);
        if (bytes.Length > MaxBytes) return (null, null, null, Problem.TooLarge);
        var type = FileTypes.Detect(bytes.AsSpan(0, Math.Min(16, bytes.Length)));
        if (type is null) return (null, null, null, Problem.WrongType);
        return (bytes, type, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), null);
    }

    /// <summary>Removes a kept file (its row was never saved); a file already gone is no error.</summary>
    public static void Remove(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
    }

    /// <summary>Writes the bytes under the organization's folder and returns where they are.</summary>
    public async Task<string> SaveAsync(Guid organizationId, string storedName, byte[] bytes, CancellationToken ct)
    {
        var path = PathOf(organizationId, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
        return path;
    }
}
