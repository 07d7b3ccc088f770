"""Package layout that pyproject.toml cannot express: top-level resources/ ships as salondesk/resources.

The repository keeps translations, fonts and icons in ``resources/`` (edited by
translators and designers, outside the code); an installed wheel finds them inside
the package, where ``salondesk.i18n`` and ``salondesk.reports.fonts`` look first.
"""

from setuptools import find_packages, setup

RESOURCE_PACKAGES = ["salondesk.resources.i18n", "salondesk.resources.fonts", "salondesk.resources.icons"]

setup(
    packages=[*find_packages(include=["salondesk", "salondesk.*"]), *RESOURCE_PACKAGES],
    package_dir={"salondesk.resources": "resources"},
)
