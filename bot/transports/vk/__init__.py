"""The VK community transport: vkbottle for updates, one rate-limited path for API calls."""
