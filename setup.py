"""The wheel's build compiles the translation catalogues (resources/locale/*.po, resources/translations/*.ts)
into the package,
so an installed crmdesk carries them ready; the configuration itself is in pyproject.toml."""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "packaging"))


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        from catalogues import compile_all, compile_qt

        compile_all(Path(self.build_lib) / "crmdesk" / "_resources" / "locale")
        compile_qt(Path(self.build_lib) / "crmdesk" / "_resources" / "translations")


setup(cmdclass={"build_py": BuildWithCatalogues})
