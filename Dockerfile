# Soglasovano: the VK community bot (Long Poll) with its SQLite database on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    BOT_DB=/data/soglasovano.db \
    BOT_TZ=Europe/Kaliningrad

# WeasyPrint (printable weeks) renders with Pango; DejaVu has the Cyrillic glyphs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
       libharfbuzz0b fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY locales ./locales
COPY migrations ./migrations
RUN pip install --no-cache-dir -e . \
    && useradd --create-home --uid 1000 soglasovano \
    && mkdir -p /data && chown soglasovano /data

USER soglasovano
VOLUME ["/data"]
# vkbottle keeps its polling state in the working directory: keep it on the volume too.
WORKDIR /data
CMD ["python", "-m", "bot", "run"]
