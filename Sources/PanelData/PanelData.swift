// PanelData module.
