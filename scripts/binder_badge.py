#!/usr/bin/env python3
"""Prints the Binder badge and link for this repository's own GitHub address (from `git remote get-url origin`),
and with --hub an nbgitpuller link that hands the notebooks out on a JupyterHub. Standard library only.

    scripts/binder-badge                                 # the badge markdown and the mybinder.org link
    scripts/binder-badge --write-readme                  # ... and puts the badge into README.md
    scripts/binder-badge --hub https://hub.example.org   # ... and the nbgitpuller link for that hub
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = "notebooks/00-index.ipynb"
BADGE_IMAGE = "https://mybinder.org/badge_logo.svg"
# The README's badge line: its link to mybinder.org, whatever owner and repository it names now.
README_LINK = re.compile(r"https://mybinder\.org/v2/gh/[^/\s)]+/[^/\s)]+/[^?\s)]+\?labpath=[^\s)]+")

# owner and repository in the forms git prints: https://[user[:token]@]github.com/O/R(.git),
# git@github.com:O/R(.git), ssh://git@github.com[:port]/O/R(.git), git://github.com/O/R(.git)
GITHUB = re.compile(r"^(?:(?:https?|ssh|git)://(?:[^@/]+@)?github\.com(?::\d+)?/|[^@/\s]+@github\.com:)"
                    r"(?P<owner>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/(?P<repo>[A-Za-z0-9._-]+?)(?:\.git)?/?$",
                    re.IGNORECASE)


class NotGitHub(Exception):
    pass


def without_credentials(url):
    """The address as it may be printed: a user name or token before '@' in an http(s) address is hidden."""
    return re.sub(r"^(https?://)[^@/]+@", r"\1***@", url)


def owner_and_repo(url):
    match = GITHUB.match(url.strip())
    if not match:
        raise NotGitHub(f"{without_credentials(url.strip())} is not a GitHub address (expected "
                        "https://github.com/OWNER/REPO or git@github.com:OWNER/REPO); the badge's "
                        "mybinder.org/v2/gh/ link builds from GitHub")
    return match.group("owner"), match.group("repo")


def binder_link(owner, repo, ref="HEAD", notebook=NOTEBOOK):
    return f"https://mybinder.org/v2/gh/{owner}/{repo}/{quote(ref, safe='')}?labpath={quote(notebook, safe='')}"


def badge(link):
    return f"[![Binder]({BADGE_IMAGE})]({link})"


def puller_link(hub, owner, repo, branch, notebook=NOTEBOOK):
    """An nbgitpuller link, as nbgitpuller's own link generator makes it: the hub clones the repository into a
    folder named after it in the learner's home (or pulls it again), then opens the notebook in JupyterLab."""
    query = urlencode({"repo": f"https://github.com/{owner}/{repo}",
                       "urlpath": f"lab/tree/{repo}/{notebook}", "branch": branch})
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def remote_url(repo_dir, remote):
    result = subprocess.run(["git", "-C", str(repo_dir), "remote", "get-url", remote],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise NotGitHub(f"{repo_dir} has no git remote '{remote}' ({result.stderr.strip() or 'git failed'}); "
                        f"add one with: git remote add {remote} https://github.com/OWNER/REPO")
    return result.stdout.strip()


def write_readme(readme, link):
    text = readme.read_text(encoding="utf-8")
    new, count = README_LINK.subn(link, text)
    if count == 0:
        raise NotGitHub(f"{readme} has no mybinder.org badge link to replace")
    readme.write_text(new, encoding="utf-8")
    return count


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, default=ROOT, help="the clone to read the remote of (default: this one)")
    parser.add_argument("--remote", default="origin", help="the git remote naming the GitHub repository (origin)")
    parser.add_argument("--ref", default="HEAD", help="what Binder builds: a branch, tag or commit (HEAD: the "
                        "default branch's newest commit)")
    parser.add_argument("--write-readme", action="store_true", help="put the link into README.md's badge")
    parser.add_argument("--hub", help="a JupyterHub's address: also print the nbgitpuller link for it")
    parser.add_argument("--branch", default="main", help="the branch nbgitpuller pulls (main)")
    args = parser.parse_args(argv)
    try:
        owner, repo = owner_and_repo(remote_url(args.repo, args.remote))
        link = binder_link(owner, repo, args.ref)
        print(f"Binder link: {link}")
        print("Badge for README.md:")
        print(badge(link))
        if args.write_readme:
            write_readme(args.repo / "README.md", link)
            print(f"README.md: the badge now opens {owner}/{repo}")
        if args.hub:
            print(f"nbgitpuller link for {args.hub}:")
            print(puller_link(args.hub, owner, repo, args.branch))
    except NotGitHub as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
