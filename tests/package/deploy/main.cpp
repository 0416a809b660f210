int comptoirDeployCheckHelper();
int main()
{
    return comptoirDeployCheckHelper() == 42 ? 0 : 1;
}
