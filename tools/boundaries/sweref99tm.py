"""WGS 84 / SWEREF 99 latitude and longitude to SWEREF 99 TM (EPSG:3006) grid coordinates.

Lantmäteriet's Gauss conformal projection (Transverse Mercator, Krüger's series to the
fourth order) on the GRS 80 ellipsoid; millimetre-accurate over Sweden. Written out here
rather than taken from PROJ so that the tool has no native geodesy dependency and gives
the same floats wherever Python runs. WGS 84 and SWEREF 99 differ by well under a metre,
far below what a simplified outline keeps.
"""

from __future__ import annotations

import math

SEMI_MAJOR_AXIS = 6378137.0
FLATTENING = 1 / 298.257222101
CENTRAL_MERIDIAN = 15.0
SCALE = 0.9996
FALSE_EASTING = 500000.0

_E2 = FLATTENING * (2 - FLATTENING)
_N = FLATTENING / (2 - FLATTENING)
_A_ROOF = SEMI_MAJOR_AXIS / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_A = _E2
_B = (5 * _E2**2 - _E2**3) / 6
_C = (104 * _E2**3 - 45 * _E2**4) / 120
_D = 1237 * _E2**4 / 1260
_BETA = (
    _N / 2 - 2 * _N**2 / 3 + 5 * _N**3 / 16 + 41 * _N**4 / 180,
    13 * _N**2 / 48 - 3 * _N**3 / 5 + 557 * _N**4 / 1440,
    61 * _N**3 / 240 - 103 * _N**4 / 140,
    49561 * _N**4 / 161280,
)


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """(easting, northing) in metres for a point given in degrees."""
    phi = math.radians(latitude)
    delta_lambda = math.radians(longitude - CENTRAL_MERIDIAN)
    sin_phi = math.sin(phi)
    conformal = phi - sin_phi * math.cos(phi) * (
        _A + _B * sin_phi**2 + _C * sin_phi**4 + _D * sin_phi**6)
    xi = math.atan2(math.tan(conformal), math.cos(delta_lambda))
    eta = math.atanh(math.cos(conformal) * math.sin(delta_lambda))
    northing = xi
    easting = eta
    for order, beta in enumerate(_BETA, start=1):
        northing += beta * math.sin(2 * order * xi) * math.cosh(2 * order * eta)
        easting += beta * math.cos(2 * order * xi) * math.sinh(2 * order * eta)
    return FALSE_EASTING + SCALE * _A_ROOF * easting, SCALE * _A_ROOF * northing
