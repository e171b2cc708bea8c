using System.Security.Cryptography;

namespace Evaluate.Core.Files;

/// <summary>SHA-256 of a file as lowercase hex, the form dataset READMEs and sha256sum use.</summary>
public static class FileHash
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
