using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Auth;

/// <summary>
/// The ES256 key that signs development tokens. Created once per data folder (never in the repository), readable
/// by the owner only, and shared by the server, the `token` verb and the tests.
/// </summary>
public sealed class DevelopmentSigningKey
{
    public const string FileName = "dev-signing-key.pem";
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    private DevelopmentSigningKey(ECDsa key, string path)
    {
        Key = new ECDsaSecurityKey(key) { KeyId = KeyIdOf(key) };
        Path = path;
    }

    public ECDsaSecurityKey Key { get; }

    public string Path { get; }

    public SigningCredentials Credentials => new(Key, Algorithm);

    /// <summary>The key in the folder, created there first if missing.</summary>
    public static DevelopmentSigningKey LoadOrCreate(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var path = System.IO.Path.Combine(dataFolder, FileName);
        if (!File.Exists(path)) TryCreate(path);
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return new DevelopmentSigningKey(key, path);
    }

    /// <summary>Writes a new key beside the target and moves it into place, so a concurrent start never reads half a file.</summary>
    private static void TryCreate(string path)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, options))
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another process won the race; its key is the one
        }
    }

    /// <summary>A stable key id: a hash of the public key, so tokens name the key that signed them.</summary>
    private static string KeyIdOf(ECDsa key) =>
        Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()).AsSpan(0, 12).ToArray());
}
