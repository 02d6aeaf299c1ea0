#!/usr/bin/env python3
"""Tests of scripts/binder-badge, each on a throw-away git clone with the remote it names (run by mvn verify)."""
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "binder-badge"
LINK = "https://mybinder.org/v2/gh/octo-org/digit-course/HEAD?labpath=notebooks%2F00-index.ipynb"


class BinderBadgeTest(unittest.TestCase):

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.repo = Path(self.folder.name)
        subprocess.run(["git", "init", "-q", str(self.repo)], check=True)

    def tearDown(self):
        self.folder.cleanup()

    def run_badge(self, *args, remote=None):
        if remote is not None:
            subprocess.run(["git", "-C", str(self.repo), "remote", "add", "origin", remote], check=True)
        return subprocess.run(["bash", str(SCRIPT), "--repo", str(self.repo), *args], capture_output=True, text=True)

    def test_every_form_of_a_github_address_gives_the_same_badge(self):
        for remote in ["https://github.com/octo-org/digit-course", "https://github.com/octo-org/digit-course.git",
                       "https://github.com/octo-org/digit-course/", "git@github.com:octo-org/digit-course.git",
                       "ssh://git@github.com/octo-org/digit-course.git", "ssh://git@github.com:22/octo-org/digit-course",
                       "git://github.com/octo-org/digit-course.git", "HTTPS://GitHub.com/octo-org/digit-course"]:
            with self.subTest(remote=remote):
                subprocess.run(["git", "-C", str(self.repo), "remote", "remove", "origin"], capture_output=True)
                result = self.run_badge(remote=remote)
                self.assertEqual(0, result.returncode, result.stderr)
                self.assertIn(f"Binder link: {LINK}\n", result.stdout)
                self.assertIn(f"[![Binder](https://mybinder.org/badge_logo.svg)]({LINK})\n", result.stdout)

    def test_a_token_in_the_address_is_never_printed(self):
        result = self.run_badge(remote="https://someone:ghp_SECRET123@github.com/octo-org/digit-course.git")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertIn(LINK, result.stdout)
        self.assertNotIn("SECRET", result.stdout + result.stderr)
        subprocess.run(["git", "-C", str(self.repo), "remote", "add", "other",
                        "https://someone:ghp_SECRET123@gitlab.com/octo-org/digit-course.git"], check=True)
        result = self.run_badge("--remote", "other")
        self.assertEqual(2, result.returncode)
        self.assertNotIn("SECRET", result.stdout + result.stderr)
        self.assertIn("https://***@gitlab.com/octo-org/digit-course.git is not a GitHub address", result.stderr)

    def test_an_address_elsewhere_or_no_remote_is_a_clear_error(self):
        result = self.run_badge()
        self.assertEqual(2, result.returncode)
        self.assertIn("has no git remote 'origin'", result.stderr)
        self.assertIn("git remote add origin https://github.com/OWNER/REPO", result.stderr)
        self.assertEqual("", result.stdout)
        result = self.run_badge(remote="git@gitlab.com:octo-org/digit-course.git")
        self.assertEqual(2, result.returncode)
        self.assertIn("git@gitlab.com:octo-org/digit-course.git is not a GitHub address", result.stderr)

    def test_a_branch_or_tag_and_an_nbgitpuller_link(self):
        result = self.run_badge("--ref", "v1.0", "--hub", "https://hub.example.org/", "--branch", "course",
                                remote="git@github.com:octo-org/digit-course.git")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertIn("https://mybinder.org/v2/gh/octo-org/digit-course/v1.0?labpath=notebooks%2F00-index.ipynb",
                      result.stdout)
        self.assertIn("https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Focto-org"
                      "%2Fdigit-course&urlpath=lab%2Ftree%2Fdigit-course%2Fnotebooks%2F00-index.ipynb&branch=course\n",
                      result.stdout)

    def test_write_readme_points_the_badge_at_the_repository(self):
        readme = self.repo / "README.md"
        readme.write_text("# x\n\n[![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/"
                          "REPLACE-WITH-OWNER/REPLACE-WITH-REPO/HEAD?labpath=notebooks%2F00-index.ipynb)\nRun it.\n")
        result = self.run_badge("--write-readme", remote="https://github.com/octo-org/digit-course")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual(f"# x\n\n[![Binder](https://mybinder.org/badge_logo.svg)]({LINK})\nRun it.\n",
                         readme.read_text())
        readme.write_text("# no badge here\n")
        result = self.run_badge("--write-readme")
        self.assertEqual(2, result.returncode)
        self.assertIn("has no mybinder.org badge link to replace", result.stderr)

    def test_the_projects_own_readme_has_a_badge_the_script_can_point(self):
        text = (SCRIPT.parent.parent / "README.md").read_text(encoding="utf-8")
        sys.path.insert(0, str(SCRIPT.parent))
        import binder_badge
        self.assertEqual(1, len(binder_badge.README_LINK.findall(text)), "one badge link in README.md")


if __name__ == "__main__":
    unittest.main(verbosity=2)
