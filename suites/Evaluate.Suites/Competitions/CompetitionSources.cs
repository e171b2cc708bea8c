using Evaluate.Suites.Downloads;

namespace Evaluate.Suites.Competitions;

/// <summary>
/// The pinned upstream files behind the competition suites (listed in <see cref="DatasetSources"/>). AIME 2024 and
/// AMC 2023 are Qwen2.5-Math's evaluation files; AIME 2025 and HMMT February 2025 are MathArena's folders, one file per
/// problem plus answers.csv. The answers.csv hashes are the ones published with the shared datasets; the problem files'
/// hashes were computed from exact copies of upstream at the pinned commit.
/// </summary>
public static class CompetitionSources
{
    private const string QwenMath = "https://raw.githubusercontent.com/QwenLM/Qwen2.5-Math/a45202bd16f1ec06f433442dc1152d0074773465/evaluation/data/";
    private const string MathArena = "https://raw.githubusercontent.com/eth-sri/matharena/81f103e38b1df076afa65ee0a3ffbe148d42e6d2/data/";

    public static DatasetSource Aime24 { get; } = new("aime24", Aime24Suite.RelativePath, QwenMath + "aime24/test.jsonl",
        "af2b8bd2aa911b6333ad0df32f3ca05c7ae8ed10f1731f4372c8ae26990bf7ac");

    public static DatasetSource Amc23 { get; } = new("amc23", Amc23Suite.RelativePath, QwenMath + "amc23/test.jsonl",
        "43707e1ca784602d8479de24ee8ce36609dbebc46dd152b0b12a46611aa898a4");

    private static readonly Dictionary<string, string> Aime2025I = new(StringComparer.Ordinal)
    {
        ["answers.csv"] = "d25db8d3050ab6aa5437fdc77e243d5efcfff4add23b55f44f3942e93d59fd31",
        ["problems/1.tex"] = "26a263ad81138dbfb41647a1e55af77c0b8ab02d4b051fc23722a7f0c403535d",
        ["problems/2.tex"] = "3f55fba10d99fd167d58e8b8497cfc04d69f37aa54ca942276608ea69ff7e5cc",
        ["problems/3.tex"] = "58fe37dacfbee8e6f8e9e090778365b2f4acdf05c8d74c6373b727ea90cf766e",
        ["problems/4.tex"] = "348fa6beaf77fee3986117dbe82bd4d0a45560898f056da72bf166dcbf6364c5",
        ["problems/5.tex"] = "20a4b9569c0c5a6f21720f0ee4c84dd26e2d146c11200eb3ea0274b1cc70264d",
        ["problems/6.tex"] = "f862f0368b2ad1a8459a02663dad9474cb8d907be3263542ca5b39b0154eba39",
        ["problems/7.tex"] = "e5391454ee1ae2dba04ebe27493b09e17d0681305dea39eab9ef7da22434c818",
        ["problems/8.tex"] = "0412b80ad1a49c53292d0612113f1d9310762a39159d3e1a87c8722b0e4ef0bf",
        ["problems/9.tex"] = "066aabf25bd4fb22cb62dcb9c8193e15d89d2319125cf50dd08fdf7b7057190d",
        ["problems/10.tex"] = "7e76250549ad86d0db64a501d47ddd85df4274833e2241ab875bfad847d292ad",
        ["problems/11.tex"] = "5218a0e717b22dddeef8cce9d3d1d1051a5030902d52ab4ca9f2cc79037ec444",
        ["problems/12.tex"] = "9df369a8ad5157c8960a7aeae493810098269864c996d06a3c5854cb1d0bdabf",
        ["problems/13.tex"] = "c4257795097d17aed1521c5eb5353f09981a5f92549338c6358f33d8c49fae22",
        ["problems/14.tex"] = "a3bcb4f0a11d25cf3f9d7d052647274a553a9052a49c83ab013e5c8617bb96e5",
        ["problems/15.tex"] = "e41ea154b2eaaa8b272e4bf4207608466807527a9d707886121ad98a9ce3a90f",
    };

    private static readonly Dictionary<string, string> Aime2025II = new(StringComparer.Ordinal)
    {
        ["answers.csv"] = "d4ae1f788fff90fe89d8d433e08045f865ab2c3f61200f1e8a418e29a1054caf",
        ["problems/1.tex"] = "c9f868cddbefd2798885d302901cb8344676642840c391ed9635224c73376e57",
        ["problems/2.tex"] = "5456f4190495febfb1f94a7d2d888184560c0d311d09f9ba8df0213172a769b7",
        ["problems/3.tex"] = "4e99fa9b8c42a5b73d3b86e10e8cca6ab929fc054cefa02a1c78f18417172064",
        ["problems/4.tex"] = "9dc773c6ff4f68277eb1864c30d88758ad472718747033bed75a284a1a8f76a9",
        ["problems/5.tex"] = "f61e610fb78079a93cc0b1b91feded563ba8e445e6933acf74d20945af951986",
        ["problems/6.tex"] = "968c36665d072e238b091a67bd67b91fd5e581219feffd1da56ee7fff4ff43b5",
        ["problems/7.tex"] = "cf1d5f761ce5942a44355ce05b1e490f24b35819a1402366dae26f95c1c8474f",
        ["problems/8.tex"] = "459c0b9eb4ccdcbf64baa1a70cba19869d652a1999966f43284c9c97c0d04b6b",
        ["problems/9.tex"] = "3e8f6b46d3c48cf5d4b407d971e725608a18f835cb96e96156299f5096abaf8a",
        ["problems/10.tex"] = "a2999ecfa8f9a767855b7b43e2968173df904b4759e6510f5093ec701e028674",
        ["problems/11.tex"] = "1d6318c3bffdd04aff2f9503b43f64eb63367f40b8c2117575ac7890f3ed4c8e",
        ["problems/12.tex"] = "d3e05e3bf85696649fe4030478871ffa8e8b8805b6d47421f2bffecd7a085e4e",
        ["problems/13.tex"] = "de56c94a8e485ecafd89d9dc1b40a677a3fc4999d9a36101a661e03a71214572",
        ["problems/14.tex"] = "3b18835d3533ad5dedfe647d97bc40f92ad93ab28148c37bd8fc787c33d35df6",
        ["problems/15.tex"] = "f0eb22e114cdf88937bb21794102e0e980cbcf54fb332df22c402b06307f26c2",
    };

    private static readonly Dictionary<string, string> HmmtFeb2025 = new(StringComparer.Ordinal)
    {
        ["answers.csv"] = "6d8d21a45954adfe940e416d361fbac9398adeeb48788aedd174eb26d4cf4e23",
        ["problems/1.tex"] = "0599548ef90c07679f9155c0b2ea449cf0bfa011021f3dcb568c97105746820e",
        ["problems/2.tex"] = "da5b45fda997dc49709ae8e74f7a97054aeb15be8eb9f8c16d2683f5f37b73cd",
        ["problems/3.tex"] = "d2c6928d82be85cfb19d408f21f81e854b30c010b2d7dfac98e567883d20ff81",
        ["problems/4.tex"] = "9e36e772093cd372eeb362163c9c4643aec04ca25457cd01cad47a8603a8b999",
        ["problems/5.tex"] = "f280922d560c6905b16cd34266c3393d6bfbc4308a103816ba367d6251475d3d",
        ["problems/6.tex"] = "6c5c46572457a70ed1f6d9ad0ce032e0582462a5fc774cf7f4d622576ab20e40",
        ["problems/7.tex"] = "c7aa2abcbbbe63082e2b3f516744c082de441c7d72edb2f9fa3cc9c6969ccf98",
        ["problems/8.tex"] = "994962ab302b6db43cde747352bb506bcccacf053439777dae7ee52ac15b3c1c",
        ["problems/9.tex"] = "d6e306c4614a89d7111d426eb799ad031cddf1c0b80ce21cb909c7f810ee5a47",
        ["problems/10.tex"] = "4d822b73b657128e3409b08e9f7b6033ada681142bc11333485371904fbfb1d2",
        ["problems/11.tex"] = "f62449273f56c4113938ca30dde60fb18970a700c2f8569eafad5aef4b87f2ac",
        ["problems/12.tex"] = "de116dd2cac7c18888409b6b0bfd54e46bcaffacb8af05fa85d08ba263916a96",
        ["problems/13.tex"] = "2512a9ba7a4b5924072fda32d58679cb573f9cdebefdd7878ac8469513853b2f",
        ["problems/14.tex"] = "35e5ed41fd4a356503ab8b398b1388b588f72551bc89d89e81c01f2ce0054d37",
        ["problems/15.tex"] = "e103f900aaa1d05ff2d7aa86d29e62fc24a18bddfbf6556997579dbbb90f574f",
        ["problems/16.tex"] = "94b3e48ab24acfe4d765b39263ccb7936967215cb896ff33e031126a57ef0f44",
        ["problems/17.tex"] = "a6f7b1426ac39584abbcb998eea20719b2d37315f92aa7f644e2c16f040d4b09",
        ["problems/18.tex"] = "7d2bf8a412c891a5bc37646321515d86fb52f69903e680b62e7f701f52b184fe",
        ["problems/19.tex"] = "3fb4bb93ada6effb1982ee390927b4a064603d63ae3fee1704355fb8926d96c7",
        ["problems/20.tex"] = "caaa8d40dff4a94a699189b71926eb5930da8d7e834ee43fd3e14f94de417bab",
        ["problems/21.tex"] = "9d6bf42d1ab991a459f1c641203ab8f7fe80354d5492343f30253bd8e9c1f21c",
        ["problems/22.tex"] = "91883c920aecb6bc358fb785746ce9165bac2641813743357383a3d50f0c341a",
        ["problems/23.tex"] = "4b408e251b329a7f3c83423904566018b85f4b4f476c010318977c042ede55ad",
        ["problems/24.tex"] = "4423f2b6ebfe9bc9f80ab6db1a757aff644459ff3d899f4489009fc8cabe3ecc",
        ["problems/25.tex"] = "ac1802a1941745307e8f0564bb311f1d837e83ef9773ba984b60d602825000a5",
        ["problems/26.tex"] = "fafa101cc258db6f1baac29a9032c8aa5139b8ab6bebcb9ec822a5cab4bb8c1b",
        ["problems/27.tex"] = "06c279c744c8872282089b03cf0a041686a6efe37ac3a83e68a403b967de8e04",
        ["problems/28.tex"] = "022123a39f91a2000b1574ce36138316a6a7356ae32354f19ab8a8208b8b2d89",
        ["problems/29.tex"] = "d5d287bf8563035c06425903363c0b0132abc31feb68de561d17db14ff001587",
        ["problems/30.tex"] = "4398716534673677f87319faf26163e41cc507e18c8feec6c12e79bac3e0819a",
    };

    public static IReadOnlyList<DatasetSource> Aime25 { get; } =
        [.. Folder("aime25", MathArenaFolders.Aime2025I, "aime/aime_2025_I/", Aime2025I), .. Folder("aime25", MathArenaFolders.Aime2025II, "aime/aime_2025_II/", Aime2025II)];

    public static IReadOnlyList<DatasetSource> Hmmt { get; } = Folder("hmmt-feb-2025", MathArenaFolders.HmmtFeb2025, "hmmt/hmmt_feb_2025/", HmmtFeb2025);

    public static IReadOnlyList<DatasetSource> All { get; } = [Aime24, Amc23, .. Aime25, .. Hmmt];

    private static List<DatasetSource> Folder(string suite, MathArenaFolder folder, string upstreamFolder, Dictionary<string, string> hashes) =>
        hashes.Select(file => new DatasetSource(suite, folder.RelativePath + "/" + file.Key, MathArena + upstreamFolder + file.Key, file.Value)).ToList();
}
