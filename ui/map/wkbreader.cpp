#include "wkbreader.h"

#include "webmercator.h"

#include <QtEndian>

#include <cstring>

namespace stormcrew::map {

namespace {

class Cursor {
public:
    explicit Cursor(const QByteArray &data) : m_data(data) {}

    bool byte(quint8 &out)
    {
        if (m_pos + 1 > m_data.size())
            return false;
        out = quint8(m_data[m_pos++]);
        return true;
    }
    bool u32(quint32 &out, bool little)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        std::memcpy(&out, m_data.constData() + m_pos, 4);
        m_pos += 4;
        out = little ? qFromLittleEndian(out) : qFromBigEndian(out);
        return true;
    }
    bool f64(double &out, bool little)
    {
        if (m_pos + 8 > m_data.size())
            return false;
        quint64 bits;
        std::memcpy(&bits, m_data.constData() + m_pos, 8);
        m_pos += 8;
        bits = little ? qFromLittleEndian(bits) : qFromBigEndian(bits);
        std::memcpy(&out, &bits, 8);
        return true;
    }
    [[nodiscard]] qsizetype remaining() const { return m_data.size() - m_pos; }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

struct Header {
    bool little = true;
    quint32 type = 0; // 3 Polygon, 6 MultiPolygon
    int dimensions = 2;
};

bool readHeader(Cursor &in, Header &header)
{
    quint8 order;
    quint32 raw;
    if (!in.byte(order) || !in.u32(raw, order == 1))
        return false;
    header.little = order == 1;
    // Extended WKB (PostGIS) flags; ISO WKB adds 1000 (Z), 2000 (M) or 3000 (ZM).
    const bool ewkbZ = raw & 0x80000000u, ewkbM = raw & 0x40000000u;
    if (raw & 0x20000000u) { // SRID follows
        quint32 srid;
        if (!in.u32(srid, header.little))
            return false;
    }
    raw &= 0x0fffffffu;
    const quint32 iso = raw / 1000;
    header.type = raw % 1000;
    header.dimensions = 2 + (iso == 1 || iso == 2 ? 1 : iso == 3 ? 2 : 0) + int(ewkbZ) + int(ewkbM);
    return true;
}

bool readPolygon(Cursor &in, const Header &header, Polygon &polygon)
{
    quint32 ringCount;
    if (!in.u32(ringCount, header.little) || ringCount > quint32(in.remaining() / 4))
        return false;
    polygon.rings.reserve(ringCount);
    for (quint32 r = 0; r < ringCount; ++r) {
        quint32 pointCount;
        if (!in.u32(pointCount, header.little) ||
            qsizetype(pointCount) * 8 * header.dimensions > in.remaining())
            return false;
        std::vector<QPointF> ring;
        ring.reserve(pointCount);
        for (quint32 i = 0; i < pointCount; ++i) {
            double lon, lat, skip;
            if (!in.f64(lon, header.little) || !in.f64(lat, header.little))
                return false;
            for (int d = 2; d < header.dimensions; ++d)
                if (!in.f64(skip, header.little))
                    return false;
            ring.push_back(WebMercator::project(lon, lat));
        }
        if (ring.size() > 1 && ring.front() == ring.back())
            ring.pop_back();
        if (ring.size() >= 3)
            polygon.rings.push_back(std::move(ring));
        else if (r == 0)
            return true; // a degenerate outer ring: the polygon is empty
    }
    return true;
}

} // namespace

std::optional<MultiPolygon> readWkb(const QByteArray &wkb, QString *error)
{
    auto fail = [error](const char *why) -> std::optional<MultiPolygon> {
        if (error)
            *error = QString::fromLatin1(why);
        return std::nullopt;
    };
    Cursor in(wkb);
    Header header;
    if (!readHeader(in, header))
        return fail("truncated WKB header");
    MultiPolygon shape;
    if (header.type == 3) {
        Polygon polygon;
        if (!readPolygon(in, header, polygon))
            return fail("truncated polygon");
        if (!polygon.rings.empty())
            shape.push_back(std::move(polygon));
        return shape;
    }
    if (header.type != 6)
        return fail("not a polygon or multipolygon");
    quint32 count;
    if (!in.u32(count, header.little) || count > quint32(in.remaining() / 9))
        return fail("truncated multipolygon");
    for (quint32 i = 0; i < count; ++i) {
        Header part;
        if (!readHeader(in, part) || part.type != 3)
            return fail("multipolygon part is not a polygon");
        Polygon polygon;
        if (!readPolygon(in, part, polygon))
            return fail("truncated polygon");
        if (!polygon.rings.empty())
            shape.push_back(std::move(polygon));
    }
    return shape;
}

} // namespace stormcrew::map
