"""The pure core: parsing, clash rules, planning use cases. Imports nothing from vkbottle."""
