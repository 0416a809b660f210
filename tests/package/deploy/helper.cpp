int comptoirDeployCheckHelper()
{
    return 42;
}
