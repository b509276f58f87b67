"""Relative URL templates for the Listmonk REST API.

Placeholders like ``{list_id}`` are filled in with str.format() and the result
is appended to the base URL configured via ``listmonk.set_url_base()``.
"""

health = '/api/health'
lists = '/api/lists'
lst = '/api/lists/{list_id}'
subscriber = '/api/subscribers/{subscriber_id}'
subscribers = '/api/subscribers'
subscriber_lists = '/api/subscribers/lists'
opt_in = '/subscription/optin/{subscriber_uuid}'
send_tx = '/api/tx'
campaigns = '/api/campaigns'
campaign_id = '/api/campaigns/{campaign_id}'
campaign_id_preview = '/api/campaigns/{campaign_id}/preview'
templates = '/api/templates'
template_id = '/api/templates/{template_id}'
template_id_preview = '/api/templates/{template_id}/preview'
template_id_default = '/api/templates/{template_id}/default'
media = '/api/media'
