namespace Evaluate.Onnx.Tests.Rewards;

/// <summary>One folder per <see cref="RewardHeadVariant"/>, written on first use and deleted with the fixture.</summary>
public sealed class RewardHeadFolders : IDisposable
{
    private readonly Dictionary<RewardHeadVariant, TempFolder> _folders = [];

    public string Of(RewardHeadVariant variant)
    {
        if (!_folders.TryGetValue(variant, out var folder))
        {
            folder = new TempFolder();
            RewardHeadModel.Write(folder.Path, variant);
            _folders[variant] = folder;
        }
        return folder.Path;
    }

    public void Dispose()
    {
        foreach (var folder in _folders.Values) folder.Dispose();
        _folders.Clear();
    }
}
