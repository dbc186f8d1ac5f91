using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Auth;

/// <summary>Reads an identity provider's public keys: PEM keys or certificates, or a JWKS document.</summary>
public static class IssuerKeys
{
    /// <summary>Each entry is PEM text or the path of a PEM file; a file may hold several keys or certificates.</summary>
    public static IReadOnlyList<SecurityKey> FromPem(IEnumerable<string> pemOrPaths) =>
        pemOrPaths.SelectMany(entry => ParsePem(entry.Contains("-----BEGIN", StringComparison.Ordinal) ? entry : File.ReadAllText(entry))).ToList();

    public static IReadOnlyList<SecurityKey> FromJwks(string json)
    {
        var keys = new JsonWebKeySet(json).GetSigningKeys();
        if (keys.Count == 0) throw new InvalidOperationException("The JWKS document holds no signing keys (RSA or EC).");
        return keys.ToList();
    }

    private static IEnumerable<SecurityKey> ParsePem(string text)
    {
        var rest = text.AsMemory();
        while (PemEncoding.TryFind(rest.Span, out var fields))
        {
            var block = rest[fields.Location].ToString();
            var label = rest[fields.Label].ToString();
            rest = rest[fields.Location.End..];
            yield return label switch
            {
                "CERTIFICATE" => FromCertificate(X509Certificate2.CreateFromPem(block)),
                "PUBLIC KEY" or "RSA PUBLIC KEY" or "EC PUBLIC KEY" => FromPublicKey(block),
                _ => throw new InvalidOperationException($"A '{label}' PEM block is not a public key; give public keys or certificates only."),
            };
        }
    }

    private static SecurityKey FromCertificate(X509Certificate2 certificate)
    {
        if (certificate.GetECDsaPublicKey() is { } ec) return new ECDsaSecurityKey(ec) { KeyId = certificate.Thumbprint };
        if (certificate.GetRSAPublicKey() is { } rsa) return new RsaSecurityKey(rsa) { KeyId = certificate.Thumbprint };
        throw new InvalidOperationException($"The certificate {certificate.Subject} has neither an EC nor an RSA key.");
    }

    private static SecurityKey FromPublicKey(string block)
    {
        try
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(block);
            return new ECDsaSecurityKey(ec);
        }
        catch (CryptographicException)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(block);
            return new RsaSecurityKey(rsa);
        }
    }
}
